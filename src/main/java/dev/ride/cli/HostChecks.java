package dev.ride.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.ride.sandbox.CacheDir;
import dev.ride.sandbox.SandboxException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;

/** {@code ride doctor}'s look at the machine around the engines: terminal, cache disk, /dev/shm. */
final class HostChecks {

    /** A cold prepared scenario takes ~40 MiB, the extracted binaries ~60 MiB; a few drills' worth. */
    static final long CACHE_SPACE_WANTED = 1L << 30;
    /** Docker gives a container 64 MiB of /dev/shm; a host with less breaks parallel queries of servers using it. */
    static final long SHM_WANTED = 64L << 20;

    private HostChecks() {
    }

    /** Colours, size and UTF-8 of the terminal ride would draw on, as JLine (the shell's library) sees it. */
    static Finding terminal(Map<String, String> env) {
        boolean utf8 = Charset.defaultCharset().name().equalsIgnoreCase("UTF-8")
                || String.valueOf(env.getOrDefault("LC_ALL", env.getOrDefault("LC_CTYPE", env.getOrDefault("LANG", ""))))
                        .toUpperCase().replace("-", "").contains("UTF8");
        if (!Terminals.stdinIsTerminal()) {
            return Finding.info("terminal", "Not a terminal (stdin or stdout redirected): ride reads commands like"
                    + " psql < file, without colours" + (utf8 ? "." : "; set LANG=C.UTF-8 for UTF-8 output."));
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            Size size = terminal.getSize();
            Integer colours = terminal.getNumericCapability(Capability.max_colors);
            String facts = terminal.getType() + ", " + size.getColumns() + "x" + size.getRows() + ", "
                    + (colours == null ? "no" : colours) + " colours" + (Colors.enabled() ? "" : " (off: NO_COLOR or TERM=dumb)")
                    + ", " + (utf8 ? "UTF-8" : "not UTF-8");
            if (!utf8) {
                return Finding.warn("terminal", facts + ": set LANG=C.UTF-8 so tables and the card draw their lines.");
            }
            if (size.getColumns() > 0 && (size.getColumns() < 80 || size.getRows() < 24)) {
                return Finding.warn("terminal", facts + ": make it at least 80x24 so wide results and the card fit.");
            }
            return Finding.ok("terminal", facts + ".");
        } catch (IOException e) {
            return Finding.warn("terminal", "JLine cannot open this terminal (" + e.getMessage() + "); TERM=xterm-256color may help.");
        }
    }

    /** Free space where prepared data directories and the extracted binaries live. */
    static Finding cacheSpace(Map<String, String> env) {
        Path cache;
        try {
            cache = CacheDir.of(env);
        } catch (SandboxException e) {
            return Finding.missing("cache", e.getMessage());
        }
        Path existing = cache.toAbsolutePath();
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        // statvfs through File, not FileStore: FileStore looks the path up in the mount table,
        // which inside a chroot or container names other paths ("Mount point not found")
        long free = existing.toFile().getUsableSpace();
        String facts = cache + ": " + Sizes.human(free) + " free";
        return free >= CACHE_SPACE_WANTED
                ? Finding.ok("cache", facts + "; `ride cache ls` shows what it holds.")
                : Finding.warn("cache", facts + ", under " + Sizes.human(CACHE_SPACE_WANTED)
                        + ": free some space or remove prepared scenarios (ride cache rm --all).");
    }

    /** The size of /dev/shm, where PostgreSQL's shared memory for parallel queries lives on Docker's side. */
    static Finding sharedMemory(Path shm) {
        if (Files.isDirectory(shm)) {
            long size = shm.toFile().getTotalSpace(); // statvfs, as for the cache
            String facts = shm + " is " + Sizes.human(size) + " (" + Sizes.human(shm.toFile().getUsableSpace()) + " free)";
            return size >= SHM_WANTED
                    ? Finding.ok("shm", facts + "; enough (the embedded engine uses mmap for it anyway).")
                    : Finding.warn("shm", facts + ", under " + Sizes.human(SHM_WANTED) + ": the embedded engine is fine"
                            + " (it uses mmap); for a container pass a larger --shm-size.");
        }
        return Finding.warn("shm", shm + " is missing: the embedded engine is fine (it uses mmap); mount a tmpfs there"
                + " for other PostgreSQL servers.");
    }
}
