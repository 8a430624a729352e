package com.opsledger.infra.security;

record TokenResponse(String accessToken, String refreshToken, long expiresIn, String tokenType) {

    /** Never shows the tokens, in logs or error messages. */
    @Override
    public String toString() {
        return "TokenResponse[expiresIn=" + expiresIn + ", tokenType=" + tokenType + ", tokens hidden]";
    }
}
