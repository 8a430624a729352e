package com.opsledger.kernel.transfer;

public record FindTransferQuery(String transferId) {
}
