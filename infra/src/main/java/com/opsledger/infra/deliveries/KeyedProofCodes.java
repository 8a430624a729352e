package com.opsledger.infra.deliveries;

import com.opsledger.infra.privacy.ServerKeys;
import com.opsledger.kernel.delivery.ProofCodes;
import org.springframework.stereotype.Component;

import java.math.BigInteger;
import java.util.HexFormat;

/**
 * Delivery codes derived from the server's key: the same delivery always has the same code (so it can be sent after
 * the dispatch committed, by whichever instance), nobody without the key can tell it, and what is stored is only a
 * keyed hash of it under a second key.
 */
@Component
class KeyedProofCodes implements ProofCodes {

    private final ServerKeys keys;

    KeyedProofCodes(ServerKeys keys) {
        this.keys = keys;
    }

    @Override
    public String code(String deliveryId) {
        BigInteger value = new BigInteger(1, keys.keyedHash("opsledger delivery codes v1", deliveryId));
        return String.format("%0" + LENGTH + "d", value.mod(BigInteger.TEN.pow(LENGTH)).intValue());
    }

    @Override
    public String hash(String deliveryId, String code) {
        return HexFormat.of().formatHex(keys.keyedHash("opsledger delivery code hashes v1",
                deliveryId + ":" + code.strip()));
    }
}
