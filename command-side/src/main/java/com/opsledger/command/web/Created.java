package com.opsledger.command.web;

import org.springframework.http.ResponseEntity;

import java.net.URI;

public final class Created {

    private Created() {
    }

    public static ResponseEntity<IdResponse> at(String path, String id) {
        return ResponseEntity.created(URI.create(path + "/" + id)).body(new IdResponse(id));
    }
}
