package com.opsledger.command.stocktake;

/** Draws stocktake numbers (ST-000123): sequential, never handed out twice (a refused command may leave a gap). */
public interface StocktakeNumbers {

    String next();
}
