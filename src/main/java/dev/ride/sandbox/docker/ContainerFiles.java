package dev.ride.sandbox.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;

import dev.ride.sandbox.SandboxException;

/**
 * Files of a container, running or stopped, through the daemon's archive API ({@code docker cp}):
 * a directory copied from one container into another, and the end of a text file.
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
