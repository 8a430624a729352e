package com.opsledger.kernel.qualitycheck;

/** Every event of a quality check: what a read model that follows the whole of one check reads by its id. */
public interface QualityCheckEvent {

    String qualityCheckId();
}
