package com.opsledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A poor man's sampling profiler: thread dumps every few milliseconds, each sampled thread's stack reduced to its
 * top-most frame outside the JDK and the nearest OpsLedger or Axon frame below it.
 */
final class ThreadSampler implements AutoCloseable {

    private final Predicate<String> threads;
    private final Map<String, Integer> counts = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private final Map<String, Integer> totals = new HashMap<>();
    private int dumps;

    ThreadSampler(Predicate<String> threads, long intervalMillis) {
        this.threads = threads;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        sampler = new Thread(() -> {
            while (running) {
                for (ThreadInfo info : mx.dumpAllThreads(false, false, 64)) {
                    if (info != null && threads.test(info.getThreadName()) && !idle(info)) {
                        synchronized (counts) {
                            String group = group(info.getThreadName());
                            counts.merge(group + " " + key(info), 1, Integer::sum);
                            totals.merge(group, 1, Integer::sum);
                        }
                    }
                }
                synchronized (counts) {
                    dumps++;
                }
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** A pool thread waiting for work, or a thread with nothing but JDK frames: not part of the picture. */
    static boolean idle(ThreadInfo info) {
        StackTraceElement[] stack = info.getStackTrace();
        for (StackTraceElement e : stack) {
            if (e.getMethodName().equals("getTask") && e.getClassName().endsWith("ThreadPoolExecutor")
                    || e.getClassName().endsWith("TaskQueue") && e.getMethodName().startsWith("take")
                    || e.getClassName().endsWith("TaskQueue") && e.getMethodName().startsWith("poll")
                    || e.getMethodName().equals("peekGlobalStream")) {
                return true;
            }
            if (!jdk(e.getClassName())) {
                return false;
            }
        }
        return true;
    }

    static String group(String thread) {
        if (thread.startsWith("bench-client") || thread.startsWith("http-nio")) {
            return "[request]";
        }
        int open = thread.indexOf('[');
        int close = thread.indexOf(']');
        return open >= 0 && close > open ? "[" + thread.substring(open + 1, close) + "]" : "[" + thread + "]";
    }

    private static boolean jdk(String cls) {
        return cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.");
    }

    static String key(ThreadInfo info) {
        StackTraceElement[] stack = info.getStackTrace();
        if (stack.length == 0) {
            return info.getThreadState() + " (no stack)";
        }
        int top = 0;
        while (top < stack.length && jdk(stack[top].getClassName())) {
            top++;
        }
        String topFrame = top < stack.length ? frame(stack[top]) : frame(stack[0]);
        String own = "";
        for (int i = top + 1; i < stack.length; i++) {
            String c = stack[i].getClassName();
            if (c.startsWith("com.opsledger") || c.startsWith("org.axonframework")) {
                own = " < " + frame(stack[i]);
                break;
            }
        }
        String state = jdk(stack[0].getClassName()) && top > 0 ? " [" + frame(stack[0]) + "]" : "";
        return topFrame + state + own;
    }

    private static String frame(StackTraceElement e) {
        String c = e.getClassName();
        return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
    }

    List<String> top(int n) {
        running = false;
        List<Map.Entry<String, Integer>> entries;
        Map<String, Integer> groupTotals;
        int total;
        synchronized (counts) {
            entries = new ArrayList<>(counts.entrySet());
            groupTotals = new HashMap<>(totals);
            total = dumps;
        }
        entries.sort((a, b) -> b.getValue() - a.getValue());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.min(n, entries.size()); i++) {
            lines.add(String.format("%5.1f%%  %s", 100.0 * entries.get(i).getValue() / Math.max(1, total),
                    entries.get(i).getKey()));
        }
        lines.add("(" + total + " dumps; % = share of dumps in which a thread was there, so a group's lines add up"
                + " to its busy threads x 100; busy thread-samples per group: " + groupTotals + ")");
        return lines;
    }

    @Override
    public void close() {
        running = false;
    }
}
