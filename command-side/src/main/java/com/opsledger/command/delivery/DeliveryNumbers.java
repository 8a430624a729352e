package com.opsledger.command.delivery;

/** Draws delivery numbers ({@code DL-000123}): sequential, never handed out twice (a refused command leaves a gap). */
public interface DeliveryNumbers {

    String next();
}
