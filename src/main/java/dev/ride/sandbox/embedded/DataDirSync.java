package dev.ride.sandbox.embedded;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

import dev.ride.sandbox.ServerLogSettings;
import dev.ride.sandbox.Tree;

/**
 * Makes a stopped server's data directory a copy of a stopped cluster again by copying only what
 * differs: a reset's servers wrote a few dozen of the cluster's two thousand files, and copying
 * them all again was most of a reset. {@link PreparedDataDirs#copyTree} gives every copied file its
 * source's modification time; a file whose size and time still match its source was not written
 * since (any write sets the time to now), every other file and anything the source lacks
 * (postmaster.pid, new WAL, the server log, a promotion's history file) goes, and what is missing
 * is copied again.
 */
final class DataDirSync {

    private DataDirSync() {
    }

    /** {@code to} holds what {@code from} holds afterwards, as {@link PreparedDataDirs#copyTree} would copy it. */
    static void sync(Path from, Path to, ServerUser owner) throws IOException {
        java.util.Set<String> kept = new java.util.HashSet<>();
        if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
            removeWhatDiffers(from, to, kept);
        }
        PreparedDataDirs.copyTree(from, to, owner, kept);
    }

    /** Removes from {@code to} what differs from {@code from}; {@code kept} gets the relative path of every file left. */
    private static void removeWhatDiffers(Path from, Path to, java.util.Set<String> kept) throws IOException {
        Files.walkFileTree(to, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(to)) {
                    return FileVisitResult.CONTINUE;
                }
                BasicFileAttributes source = source(to.relativize(dir).toString());
                // the server log: copyTree leaves it out, a reset starts it empty
                if (source == null || !source.isDirectory() || dir.equals(to.resolve(ServerLogSettings.DIRECTORY))) {
                    Tree.delete(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String relative = to.relativize(file).toString();
                BasicFileAttributes source = source(relative);
                if (source == null || !same(source, attrs) || file.getFileName().toString().equals("postmaster.pid")) {
                    Files.deleteIfExists(file);
                } else {
                    kept.add(relative);
                }
                return FileVisitResult.CONTINUE;
            }

            private BasicFileAttributes source(String relative) throws IOException {
                try {
                    return Files.readAttributes(from.resolve(relative), BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    return null;
                }
            }
        });
    }

    /**
     * Unwritten since the copy. Compared to the microsecond: a file system or a JDK that keeps no
     * nanoseconds then still finds the time it was given; a write's time is the present, never
     * the source's.
     */
    private static boolean same(BasicFileAttributes source, BasicFileAttributes target) {
        return source.isRegularFile() && target.isRegularFile() && source.size() == target.size()
                && source.lastModifiedTime().to(TimeUnit.MICROSECONDS) == target.lastModifiedTime().to(TimeUnit.MICROSECONDS);
    }
}
