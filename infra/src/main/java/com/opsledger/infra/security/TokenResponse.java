package com.opsledger.infra.security;

record TokenResponse(String accessToken, String refreshToken, long expiresIn, String tokenType) {
}
