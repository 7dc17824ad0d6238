package org.parity.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/** Stores a list of {@link Flag}s as a small JSON array in one column. */
@Converter
public class FlagsConverter implements AttributeConverter<List<Flag>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Flag>> TYPE = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<Flag> flags) {
        if (flags == null || flags.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(flags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("flags cannot be written as JSON", e);
        }
    }

    @Override
    public List<Flag> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return new ArrayList<>();
        }
        try {
            return new ArrayList<>(JSON.readValue(column, TYPE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored flags are not valid JSON: " + column, e);
        }
    }
}
