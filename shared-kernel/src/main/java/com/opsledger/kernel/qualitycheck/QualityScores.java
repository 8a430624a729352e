package com.opsledger.kernel.qualitycheck;

import com.opsledger.kernel.common.InvalidValueException;

import java.util.LinkedHashMap;
import java.util.Map;

/** An inspector's marks, each 1 to 10 and each optional; at least one is given. */
public record QualityScores(Integer appearance, Integer freshness, Integer sizeUniformity, Integer color,
                            Integer texture, Integer aroma) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 10;

    public QualityScores {
        for (Map.Entry<String, Integer> score : marks(appearance, freshness, sizeUniformity, color, texture, aroma)
                .entrySet()) {
            if (score.getValue() < LOWEST || score.getValue() > HIGHEST) {
                throw new InvalidValueException("scores." + score.getKey(), "must be between " + LOWEST + " and "
                        + HIGHEST);
            }
        }
    }

    /** The criteria given, by name, in a fixed order. */
    public Map<String, Integer> given() {
        return marks(appearance, freshness, sizeUniformity, color, texture, aroma);
    }

    private static Map<String, Integer> marks(Integer appearance, Integer freshness, Integer sizeUniformity,
                                              Integer color, Integer texture, Integer aroma) {
        Map<String, Integer> given = new LinkedHashMap<>();
        put(given, "appearance", appearance);
        put(given, "freshness", freshness);
        put(given, "sizeUniformity", sizeUniformity);
        put(given, "color", color);
        put(given, "texture", texture);
        put(given, "aroma", aroma);
        return given;
    }

    private static void put(Map<String, Integer> given, String name, Integer score) {
        if (score != null) {
            given.put(name, score);
        }
    }
}
