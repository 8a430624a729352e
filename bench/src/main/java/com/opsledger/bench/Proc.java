package com.opsledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads CPU ticks and resident sizes from /proc (Linux only). */
final class Proc {

    private Proc() {
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }

    /** utime + stime of one process, in clock ticks (1/100 s). */
    static long cpuTicks(long pid) {
        String[] f = statFields(pid);
        return f == null ? 0 : Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    static long ppid(long pid) {
        String[] f = statFields(pid);
        return f == null ? -1 : Long.parseLong(f[1]);
    }

    /** The fields of /proc/{pid}/stat after the command name (state first), or null when the process is gone. */
    private static String[] statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"))).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    static List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        try (var dirs = Files.list(Path.of("/proc"))) {
            dirs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .forEach(n -> pids.add(Long.parseLong(n)));
        } catch (IOException e) {
            // none
        }
        return pids;
    }

    /** The postmaster whose command line names the directory, and all its children (backends, walwriter...). */
    static List<Long> postgresPids(String dataDir) {
        List<Long> all = pids();
        long postmaster = -1;
        for (long pid : all) {
            String cmd = cmdline(pid);
            if (cmd.contains("postgres") && cmd.contains(dataDir) && cmd.contains("-D")) {
                postmaster = pid;
                break;
            }
        }
        List<Long> result = new ArrayList<>();
        if (postmaster < 0) {
            return result;
        }
        result.add(postmaster);
        for (long pid : all) {
            if (ppid(pid) == postmaster) {
                result.add(pid);
            }
        }
        return result;
    }

    static List<Long> elasticsearchPids() {
        List<Long> result = new ArrayList<>();
        ProcessHandle.current().descendants().forEach(p -> {
            if (cmdline(p.pid()).contains("elasticsearch")) {
                result.add(p.pid());
            }
        });
        return result;
    }

    /** {busy, total} jiffies of the whole machine. */
    static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[]{total - idle, total};
        } catch (IOException e) {
            return new long[]{0, 1};
        }
    }

    static long[] each(List<Long> pids) {
        long[] t = new long[pids.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = cpuTicks(pids.get(i));
        }
        return t;
    }

    /** CPU ticks used between two {@link #each} readings by processes alive at both (exited ones count nothing). */
    static long delta(long[] before, long[] after) {
        long sum = 0;
        for (int i = 0; i < before.length; i++) {
            sum += after[i] >= before[i] ? after[i] - before[i] : 0;
        }
        return sum;
    }

    /** Summed CPU ticks of the processes; one that has exited since counts nothing, so compare the same list only. */
    static long ticks(List<Long> pids) {
        long sum = 0;
        for (long pid : pids) {
            sum += cpuTicks(pid);
        }
        return sum;
    }
}
