package io.resuelve.mail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM and by the PostgreSQL server processes on the machine (read from /proc), so that
 * a benchmark can say what one mail costs on both sides, whatever else runs on the machine meanwhile.
 */
record CpuTime(double jvmMillis, double databaseMillis) {

    private static final double TICK_MILLIS = 10; // USER_HZ is 100 on Linux

    static CpuTime now() {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e6;
        return new CpuTime(jvm, postgresMillis());
    }

    CpuTime minus(CpuTime earlier) {
        return new CpuTime(jvmMillis - earlier.jvmMillis, databaseMillis - earlier.databaseMillis);
    }

    private static double postgresMillis() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToDouble(CpuTime::postgresTicks).sum() * TICK_MILLIS;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private static double postgresTicks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int close = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, close).startsWith("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            return Double.parseDouble(fields[11]) + Double.parseDouble(fields[12]); // utime, stime
        } catch (IOException | RuntimeException e) {
            return 0; // gone meanwhile
        }
    }
}
