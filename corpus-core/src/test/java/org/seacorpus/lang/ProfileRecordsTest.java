package org.seacorpus.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seacorpus.segment.SegmentationProfile;

/**
 * {@link ProfileRecords} calls each profile record's canonical constructor by hand, in component order: a swap of
 * two components of one type would compile. So each record is built here from values that differ in every
 * component (each string its component's name, each number its position), once directly and once by reflection,
 * and the two must be equal.
 */
class ProfileRecordsTest {
    @ParameterizedTest
    @ValueSource(classes = {LanguageProfile.class, SegmentationProfile.class, QualityProfile.class,
        QualityThresholds.class})
    void eachRecordIsBuiltAsItsCanonicalConstructorBuildsIt(Class<? extends Record> type) throws Exception {
        Object[] values = values(type);
        Record direct = ProfileRecords.construct(type, values);
        Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Record reflected = type.getDeclaredConstructor(types).newInstance(values);
        assertThat(direct).isNotNull().isEqualTo(reflected);
        // and every component came through distinct (the values were not all defaults)
        for (RecordComponent c : type.getRecordComponents()) {
            Object value = c.getAccessor().invoke(direct);
            if (c.getType() == String.class && !List.of("mode", "sentences").contains(c.getName())) {
                assertThat(value).as(type.getSimpleName() + "." + c.getName()).isEqualTo(c.getName());
            }
        }
    }

    @Test
    void aTypeNotListedIsLeftToReflection() {
        record Other(String a) {
        }
        assertThat(ProfileRecords.construct(Other.class, new Object[] {"x"})).isNull();
    }

    /** One value per component: strings their component's name, numbers their position, nested records built. */
    private static Object[] values(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Class<?> t = c.getType();
            String name = c.getName();
            if (t == String.class) {
                values[i] = switch (name) { // the values these two accept
                    case "mode" -> "words";
                    case "sentences" -> "spaces";
                    default -> name;
                };
            } else if (t == List.class && c.getGenericType() instanceof ParameterizedType) {
                values[i] = name.equals("subfields") ? List.of("bigrams", "folded") : List.of(name, name + "2");
            } else if (t == boolean.class || t == Boolean.class) {
                values[i] = true;
            } else if (t == Double.class || t == double.class) {
                values[i] = (i + 1) / 100.0;
            } else if (t == Integer.class || t == int.class) {
                values[i] = i + 1;
            } else if (t.isRecord()) {
                Class<?>[] types = java.util.Arrays.stream(t.getRecordComponents()).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new);
                try {
                    values[i] = t.getDeclaredConstructor(types).newInstance(values(t));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            } else {
                throw new AssertionError("no test value for " + type.getSimpleName() + "." + name + " of " + t);
            }
        }
        return values;
    }
}
