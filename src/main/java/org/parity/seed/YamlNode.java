package org.parity.seed;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.parity.common.Numbers;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers its file and line, so every problem in a seed file can be reported
 * where it is. Only mappings, sequences and scalars; no tags, no anchors to surprise a reviewer.
 */
final class YamlNode {

    private final String file;
    private final Node node;

    private YamlNode(String file, Node node) {
        this.file = file;
        this.node = node;
    }

    static YamlNode parse(String file, Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                throw new SeedException(file, 0, "the file is empty");
            }
            return new YamlNode(file, root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new SeedException(file, line, "not valid YAML: " + e.getProblem(), e);
        }
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    String file() {
        return file;
    }

    SeedException error(String problem) {
        return new SeedException(file, line(), problem);
    }

    boolean has(String key) {
        return find(key) != null;
    }

    YamlNode get(String key) {
        Node value = find(key);
        if (value == null) {
            throw error("'" + key + "' is missing");
        }
        return new YamlNode(file, value);
    }

    String text(String key) {
        String value = optText(key);
        if (value == null || value.isBlank()) {
            throw error("'" + key + "' is missing or empty");
        }
        return value;
    }

    String optText(String key) {
        Node value = find(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            throw new SeedException(file, value.getStartMark().getLine() + 1, "'" + key + "' must be a single value");
        }
        String text = scalar.getValue();
        return text == null || text.isBlank() || "null".equals(text) || "~".equals(text) ? null : text.strip();
    }

    Double optNumber(String key) {
        String text = optText(key);
        if (text == null) {
            return null;
        }
        return Numbers.decimal(text)
                .orElseThrow(() -> get(key).error("'" + key + "' must be a number, not '" + text + "'"));
    }

    LocalDate optDate(String key) {
        String text = optText(key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw get(key).error("'" + key + "' must be a date YYYY-MM-DD, not '" + text + "'");
        }
    }

    /** A list of mappings (or an empty list when the key is absent). */
    List<YamlNode> list(String key) {
        Node value = find(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode seq)) {
            throw new SeedException(file, value.getStartMark().getLine() + 1, "'" + key + "' must be a list");
        }
        return seq.getValue().stream().map(n -> new YamlNode(file, n)).toList();
    }

    /** A list of strings; a single string counts as a list of one. */
    List<String> texts(String key) {
        Node value = find(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof ScalarNode scalar) {
            return scalar.getValue().isBlank()
                    ? List.of()
                    : List.of(scalar.getValue().strip());
        }
        List<String> result = new ArrayList<>();
        for (Node item : ((SequenceNode) value).getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw new SeedException(file, item.getStartMark().getLine() + 1, "'" + key + "' must list plain texts");
            }
            result.add(scalar.getValue().strip());
        }
        return result;
    }

    /** Refuses keys this kind of entry does not have: a misspelt key must not silently drop data. */
    YamlNode allowOnly(java.util.Set<String> keys) {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!keys.contains(key)) {
                throw new SeedException(
                        file,
                        tuple.getKeyNode().getStartMark().getLine() + 1,
                        "unknown key '" + key + "' (expected one of " + String.join(", ", new java.util.TreeSet<>(keys))
                                + ")");
            }
        }
        return this;
    }

    /** The items of a top-level list document. */
    List<YamlNode> items() {
        if (!(node instanceof SequenceNode seq)) {
            throw error("expected a list");
        }
        return seq.getValue().stream().map(n -> new YamlNode(file, n)).toList();
    }

    private Node find(String key) {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping with '" + key + "'");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }
}
