package io.resuelve.mail;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A wall-clock profiler for one thread, for the benchmarks: samples its stack every few milliseconds, whether it runs
 * or waits (on the database, a lock, the network), and prints which of our methods it was in and what it waited for.
 */
final class WallClockSampler {

    private final Thread target;
    private final Thread sampler;
    private final Map<String, Integer> ours = new HashMap<>();
    private final Map<String, Integer> leaves = new HashMap<>();
    private volatile boolean running = true;
    private int samples;

    private WallClockSampler(Thread target) {
        this.target = target;
        this.sampler = new Thread(this::loop, "wall-clock-sampler");
        this.sampler.setDaemon(true);
    }

    static WallClockSampler start(Thread target) {
        WallClockSampler sampler = new WallClockSampler(target);
        sampler.sampler.start();
        return sampler;
    }

    private void loop() {
        while (running) {
            StackTraceElement[] stack = target.getStackTrace();
            if (stack.length > 0) {
                samples++;
                java.util.List<String> frames = new java.util.ArrayList<>();
                for (int i = stack.length - 1; i >= 0; i--) {
                    StackTraceElement frame = stack[i];
                    if (frame.getClassName().startsWith("io.resuelve") && !frame.getClassName().contains("Benchmark")
                            && !frame.getClassName().contains("$$")) {
                        frames.add(simple(frame));
                    }
                }
                // The first of ours (what ran) and the deepest five (where it was).
                String path = frames.isEmpty() ? "" : frames.get(0) + (frames.size() > 1 ? " … "
                        + String.join(" > ", frames.subList(Math.max(1, frames.size() - 5), frames.size())) : "");
                ours.merge(path, 1, Integer::sum);
                leaves.merge(leaf(stack), 1, Integer::sum);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String leaf(StackTraceElement[] stack) {
        StringBuilder leaf = new StringBuilder();
        for (int i = 0; i < Math.min(stack.length, 40) && leaf.length() < 400; i++) {
            String name = stack[i].getClassName();
            if (name.startsWith("org.hibernate") || name.startsWith("org.postgresql") || name.startsWith("org.h2")
                    || name.startsWith("org.springframework.jdbc") || name.startsWith("io.resuelve")
                    || name.startsWith("org.springframework.transaction")) {
                leaf.append(simple(stack[i])).append(" < ");
                if (name.startsWith("io.resuelve")) {
                    break;
                }
            }
        }
        return leaf.length() == 0 ? simple(stack[0]) : leaf.toString();
    }

    private static String simple(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.substring(name.lastIndexOf('.') + 1) + "." + frame.getMethodName();
    }

    void stopAndPrint() {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        print("Where our code was (the outermost and the deepest five frames of ours)", ours);
        print("What it was doing underneath", leaves);
    }

    private void print(String title, Map<String, Integer> counts) {
        System.out.printf(Locale.ROOT, "%n%s, %d samples:%n", title, samples);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(40).forEach(e -> System.out.printf(Locale.ROOT, "%5.1f%%  %s%n", 100.0 * e.getValue() / samples,
                        e.getKey()));
    }
}
