package com.opsledger.kernel.transfer;

/**
 * Every event of a transfer, whichever it is: what a read model needs that follows the whole of one transfer and
 * reads each of its events the same way (by the id, then through one evolve).
 */
public interface TransferEvent {

    String transferId();
}
