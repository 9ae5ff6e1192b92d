package kr.corepolicy.service.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import kr.corepolicy.service.platform.CorePolicyConfigSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bytes of attachments, in {@code <data directory>/attachments/<xx>/<stored name>}. Written to a temporary
 * file and moved into place, so a reader never sees half a file. Several instances need the data directory on
 * shared storage (the README says so).
 */
@ApplicationScoped
public class AttachmentStore {

    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}");

    @Inject
    @ConfigProperty(name = CorePolicyConfigSource.DATA_DIR)
    String dataDirectory;

    public void write(String storedName, byte[] content) {
        Path target = path(storedName);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "upload", ".part");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store attachment " + storedName, e);
        }
    }

    public byte[] read(String storedName) {
        try {
            return Files.readAllBytes(path(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attachment " + storedName, e);
        }
    }

    public void delete(String storedName) {
        try {
            Files.deleteIfExists(path(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete attachment " + storedName, e);
        }
    }

    private Path path(String storedName) {
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("not a stored name: " + storedName);
        }
        return Path.of(dataDirectory, "attachments", storedName.substring(0, 2), storedName);
    }
}
