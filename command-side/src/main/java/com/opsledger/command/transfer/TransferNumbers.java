package com.opsledger.command.transfer;

/** Draws transfer numbers: sequential, never handed out twice (a refused request may leave a gap). */
public interface TransferNumbers {

    String next();
}
