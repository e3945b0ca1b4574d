package org.seacorpus.lang;

import java.util.List;

import org.seacorpus.segment.SegmentationProfile;

/**
 * The canonical constructors of the profile records, called directly by {@link ProfileYaml} with the values it
 * converted (one per record component, in component order). Core reflection ({@code Constructor.newInstance})
 * would do the same, but since JDK 22 it builds a method handle for each constructor and the JVM generates about
 * forty classes for them on every start: a third of the profiles' loading time. A record type not listed here is
 * still built by reflection. {@code ProfileRecordsTest} checks each one against reflection, component by component.
 */
final class ProfileRecords {
    private ProfileRecords() {
    }

    /** The record of {@code type} from its component values, or null when the type is not one listed here. */
    static Record construct(Class<?> type, Object[] v) {
        if (type == LanguageProfile.class) {
            return new LanguageProfile((String) v[0], (String) v[1], (String) v[2], (String) v[3], strings(v[4]),
                    (Boolean) v[5], (String) v[6], (SegmentationProfile) v[7], (Double) v[8], strings(v[9]),
                    (QualityProfile) v[10], (Double) v[11]);
        }
        if (type == SegmentationProfile.class) {
            return new SegmentationProfile((String) v[0], (String) v[1], (String) v[2], (Boolean) v[3],
                    (String) v[4], (String) v[5], strings(v[6]), (String) v[7], strings(v[8]), (String) v[9],
                    (String) v[10]);
        }
        if (type == QualityProfile.class) {
            return new QualityProfile((String) v[0], (String) v[1], (Boolean) v[2], (QualityThresholds) v[3],
                    (String) v[4]);
        }
        if (type == QualityThresholds.class) {
            return new QualityThresholds((Double) v[0], (Integer) v[1], (Integer) v[2], (Double) v[3],
                    (Double) v[4], (Double) v[5], (Double) v[6], (Double) v[7], (Double) v[8], (Double) v[9],
                    (Double) v[10], (Double) v[11], (Double) v[12], (Double) v[13], (Double) v[14], (Double) v[15],
                    (Double) v[16], (Double) v[17], (Double) v[18], (Double) v[19], (Double) v[20], (Double) v[21],
                    (Double) v[22], (Integer) v[23]);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
