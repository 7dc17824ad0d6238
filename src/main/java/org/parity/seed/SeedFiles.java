package org.parity.seed;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The seed files on the classpath (packaged from the repository's seed-data folder), in a stable order. */
final class SeedFiles {

    private final String location;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    SeedFiles(String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }

    List<Resource> find(String pattern) {
        try {
            Resource[] found = resolver.getResources(location + pattern);
            return Arrays.stream(found)
                    .filter(Resource::isReadable)
                    .sorted(Comparator.comparing(SeedFiles::name))
                    .toList();
        } catch (java.io.FileNotFoundException e) {
            return List.of(); // the folder is absent: nothing of this kind to load
        } catch (IOException e) {
            throw new SeedException(location + pattern, 0, "cannot list seed files: " + e.getMessage(), e);
        }
    }

    Resource one(String path) {
        Resource resource = resolver.getResource(location + path);
        if (!resource.exists()) {
            throw new SeedException(path, 0, "the file is missing from " + location);
        }
        return resource;
    }

    static String name(Resource resource) {
        try {
            // The classpath-relative path (seed-data/plans/x.yaml), whether from a folder or the packaged jar.
            String uri = resource.getURI().toString();
            int at = Math.max(
                    uri.lastIndexOf("classes/") + "classes/".length(),
                    uri.lastIndexOf("classes!/") + "classes!/".length());
            return at > "classes!/".length() ? uri.substring(at) : uri;
        } catch (IOException e) {
            return resource.getFilename();
        }
    }

    static Reader reader(Resource resource) {
        try {
            return new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SeedException(name(resource), 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    static String digest(List<Resource> resources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Resource r : resources) {
                sha.update(name(r).getBytes(StandardCharsets.UTF_8));
                sha.update(r.getContentAsByteArray());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest seed files", e);
        }
    }
}
