package com.opsledger.command.qualitycheck;

/**
 * Draws quality check numbers ({@code QC-000123}): sequential, never handed out twice (a refused command may leave a
 * gap). Whoever opens a check (a request, a process) draws its number first.
 */
public interface QualityCheckNumbers {

    String next();
}
