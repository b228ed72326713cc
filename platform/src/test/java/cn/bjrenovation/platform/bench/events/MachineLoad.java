package cn.bjrenovation.platform.bench.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the machine was during a measurement (Linux {@code /proc}): the share of all cores this JVM used, the share
 * every other process used, and the load average — the machine is shared, so a figure is only read beside these.
 */
final class MachineLoad {

	record Share(double self, double others, String loadAverage) {
	}

	private final long[] machine;

	private final long self;

	private MachineLoad(long[] machine, long self) {
		this.machine = machine;
		this.self = self;
	}

	static MachineLoad start() {
		return new MachineLoad(machineTicks(), selfTicks());
	}

	Share stop() {
		long[] now = machineTicks();
		long total = now[1] - machine[1];
		if (total <= 0) {
			return new Share(Double.NaN, Double.NaN, loadAverage());
		}
		double selfShare = 100.0 * (selfTicks() - self) / total;
		double busyShare = 100.0 * (now[0] - machine[0]) / total;
		return new Share(selfShare, Math.max(0, busyShare - selfShare), loadAverage());
	}

	static String describe() {
		return "load average before: " + loadAverage();
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return "?";
		}
	}

	/** busy (user, nice, system, steal) and total ticks of the whole machine; zeros where /proc is absent. */
	private static long[] machineTicks() {
		try {
			String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[8]);
			long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]) + Long.parseLong(f[6]) + Long.parseLong(f[7]);
			return new long[] { busy, busy + idle };
		}
		catch (IOException | RuntimeException ex) {
			return new long[] { 0, 0 };
		}
	}

	private static long selfTicks() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(f[11]) + Long.parseLong(f[12]);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
