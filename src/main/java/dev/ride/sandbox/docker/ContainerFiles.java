package dev.ride.sandbox.docker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;

import dev.ride.sandbox.SandboxException;

/**
 * Files of a container, running or stopped, through the daemon's archive API ({@code docker cp}):
 * a directory copied from one container into another, the end of a text file, and a text file
 * read and written again in place (a configuration file the learner's choice edits).
 */
final class ContainerFiles {

    private ContainerFiles() {
    }

    /**
     * Copies the directory {@code path} of container {@code from} into the directory that holds
     * it in container {@code to} (created, not yet started, or stopped), owners and modes kept.
     */
    static void copyDirectory(DockerClient client, String from, String to, String path) {
        String parent = path.substring(0, path.lastIndexOf('/'));
        try (InputStream tar = client.copyArchiveFromContainerCmd(from, path).exec()) {
            client.copyArchiveToContainerCmd(to).withRemotePath(parent).withTarInputStream(tar).exec();
        } catch (IOException e) {
            throw new SandboxException("Cannot copy " + path + " between containers: " + e.getMessage(), e);
        }
    }

    /** A text file of a container with its owner and mode, so that it can be written back as it was. */
    record TextFile(String path, String text, long uid, long gid, int mode) {

        TextFile withText(String newText) {
            return new TextFile(path, newText, uid, gid, mode);
        }
    }

    /** The file {@code path} of the container, whole. */
    static TextFile read(DockerClient client, String containerId, String path) {
        try (InputStream in = client.copyArchiveFromContainerCmd(containerId, path).exec();
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry entry = tar.getNextEntry();
            if (entry == null || !entry.isFile()) {
                throw new SandboxException(path + " is not a file in the container.");
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            tar.transferTo(content);
            return new TextFile(path, content.toString(StandardCharsets.UTF_8), entry.getLongUserId(), entry.getLongGroupId(),
                    entry.getMode());
        } catch (IOException | DockerException e) {
            throw new SandboxException("Cannot read " + path + " of the container: " + DockerDaemon.rootMessage(e), e);
        }
    }

    /**
     * Replaces the file with {@code file}'s text, owner and mode: the daemon keeps an archive
     * entry's owner ids when it extracts it (it only maps them under user namespaces).
     */
    static void write(DockerClient client, String containerId, TextFile file) {
        byte[] bytes = file.text().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(archive)) {
            TarArchiveEntry entry = new TarArchiveEntry(file.path().substring(file.path().lastIndexOf('/') + 1));
            entry.setSize(bytes.length);
            entry.setIds((int) file.uid(), (int) file.gid());
            entry.setMode(file.mode());
            tar.putArchiveEntry(entry);
            tar.write(bytes);
            tar.closeArchiveEntry();
        } catch (IOException e) {
            throw new SandboxException("Cannot write " + file.path() + ": " + e.getMessage(), e);
        }
        try {
            client.copyArchiveToContainerCmd(containerId)
                    .withRemotePath(file.path().substring(0, file.path().lastIndexOf('/')))
                    .withTarInputStream(new ByteArrayInputStream(archive.toByteArray()))
                    .exec();
        } catch (DockerException e) {
            throw new SandboxException("Cannot write " + file.path() + " of the container: " + DockerDaemon.rootMessage(e), e);
        }
    }

    /** The last {@code lines} lines of the file {@code path}, or a note saying why there are none. */
    static String tail(DockerClient client, String containerId, String path, int lines) {
        try (InputStream in = client.copyArchiveFromContainerCmd(containerId, path).exec();
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            if (tar.getNextEntry() == null) {
                return "(" + path + " is empty)";
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            tar.transferTo(content);
            List<String> all = content.toString(StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | DockerException e) {
            return "(" + path + " could not be read: " + DockerDaemon.rootMessage(e) + ")";
        }
    }
}
