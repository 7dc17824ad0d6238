package org.parity.indicator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Raw inputs of a computed figure, kept beside it as a small JSON object. */
@Converter
public class InputsConverter implements AttributeConverter<Map<String, Double>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Double>> TYPE = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(Map<String, Double> inputs) {
        try {
            return inputs == null || inputs.isEmpty() ? null : JSON.writeValueAsString(inputs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, Double> convertToEntityAttribute(String column) {
        try {
            return column == null || column.isBlank() ? null : JSON.readValue(column, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored inputs are not valid JSON: " + column, e);
        }
    }
}
