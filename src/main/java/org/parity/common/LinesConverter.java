package org.parity.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Stores a short list of lines (stakeholders, success measures) as newline-separated text. */
@Converter
public class LinesConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> lines) {
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        return String.join(
                "\n", lines.stream().map(l -> l.replace('\n', ' ').strip()).toList());
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.asList(column.split("\n")));
    }
}
