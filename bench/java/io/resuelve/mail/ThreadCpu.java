package io.resuelve.mail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** CPU time per kind of thread of this JVM between two moments, to tell the mail server's share from ours. */
final class ThreadCpu {

    private final Map<Long, Long> start = new HashMap<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {
        for (long id : threads.getAllThreadIds()) {
            start.put(id, threads.getThreadCpuTime(id));
        }
    }

    static ThreadCpu start() {
        return new ThreadCpu();
    }

    /** Prints the CPU milliseconds per mail of each kind of thread (named without their numbers). */
    void print(int mails) {
        Map<String, Long> byKind = new TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            var info = threads.getThreadInfo(id);
            long now = threads.getThreadCpuTime(id);
            if (info == null || now < 0) {
                continue;
            }
            String kind = info.getThreadName().startsWith("imap:") ? "GreenMail IMAP connections"
                    : info.getThreadName().replaceAll("[-_ ]*\\d+$", "").replaceAll("\\d+", "#");
            byKind.merge(kind, now - start.getOrDefault(id, 0L), Long::sum);
        }
        System.out.printf(Locale.ROOT, "CPU per mail by thread (threads that ended meanwhile are not counted):%n");
        byKind.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %6.2f ms  %s%n", e.getValue() / 1e6 / mails,
                        e.getKey()));
    }
}
