package com.opsledger.kernel.common;

/** The record named does not exist (404). */
public class NotFoundException extends DomainException {

    private final String resource;
    private final String id;

    public NotFoundException(String resource, String id) {
        super(resource + " " + id + " does not exist");
        this.resource = resource;
        this.id = id;
    }

    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}
