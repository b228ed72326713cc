package cn.bjrenovation.platform.testing.fuzz;

import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import com.google.protobuf.UnknownFieldSet;
import io.grpc.StatusRuntimeException;

/**
 * The gRPC family's loop: each input picks a method of the policy and sends it a request with random field values
 * (odd strings, any int, unknown enum numbers, unknown fields); a refusal is judged by {@link GrpcVerdict}.
 */
public final class GrpcFuzz {

	/** A method, how to make a random request for it, and how to call it (a stream is read to its end). */
	public record Method<T extends Message>(String name, Function<SplittableRandom, T> request, Function<T, ?> call) {

		void invoke(FuzzRun run, int index, SplittableRandom random) {
			T request = withUnknownFields(random, request().apply(random));
			run.count("inputs tried");
			try {
				Object answer = call().apply(request);
				if (answer instanceof Iterator<?> stream) {
					int read = 0;
					while (stream.hasNext() && read++ < 100_000) {
						stream.next();
					}
				}
			}
			catch (StatusRuntimeException refusal) {
				run.count("refusals");
				List<String> wrong = GrpcVerdict.judge(refusal);
				if (!wrong.isEmpty()) {
					run.count("refusals judged wrong");
				}
				for (String problem : wrong) {
					run.finding(name() + ": " + problem, "#" + index + " " + shown(request), GrpcVerdict.describe(refusal));
				}
				if (refusal.getStatus().getCode() == io.grpc.Status.Code.INTERNAL
						|| refusal.getStatus().getCode() == io.grpc.Status.Code.UNKNOWN) {
					run.count("INTERNAL/UNKNOWN seen");
				}
			}
		}

	}

	private GrpcFuzz() {
	}

	public static void run(FuzzRun run, List<Method<?>> methods) {
		run.count("INTERNAL/UNKNOWN seen", 0);
		for (int i = 0; i < run.tries(); i++) {
			SplittableRandom random = run.input(i);
			methods.get(random.nextInt(methods.size())).invoke(run, i, random);
		}
	}

	/** A string field's value: mostly odd, sometimes one of the given well-formed ones. */
	public static String text(SplittableRandom random, String... wellFormed) {
		if (wellFormed.length > 0 && random.nextInt(4) == 0) {
			return Oddities.pick(random, wellFormed);
		}
		String odd = Oddities.string(random);
		// proto3 strings must be valid UTF-8: a lone surrogate cannot be sent at all
		return odd.codePoints().anyMatch(c -> c >= 0xd800 && c <= 0xdfff) ? odd.replaceAll("[\\ud800-\\udfff]", "?") : odd;
	}

	/** An int: extremes, small, negative, plausible years. */
	public static int integer(SplittableRandom random) {
		return switch (random.nextInt(6)) {
			case 0 -> Oddities.pick(random, new Integer[] { 0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 2000, 1999,
					2021, 2025, 2026, 2030, 10_000, 100_001, -2023 });
			case 1 -> random.nextInt();
			case 2 -> 1900 + random.nextInt(200);
			default -> random.nextInt(2000) - 500;
		};
	}

	@SuppressWarnings("unchecked")
	static <T extends Message> T withUnknownFields(SplittableRandom random, T request) {
		if (random.nextInt(10) != 0) {
			return request;
		}
		UnknownFieldSet unknown = UnknownFieldSet.newBuilder()
			.addField(100 + random.nextInt(1000), UnknownFieldSet.Field.newBuilder()
				.addVarint(random.nextLong())
				.addLengthDelimited(ByteString.copyFromUtf8(Oddities.string(random).replaceAll("[\\ud800-\\udfff]", "?")))
				.build())
			.build();
		return (T) request.toBuilder().setUnknownFields(unknown).build();
	}

	static String shown(Message request) {
		return request.getClass().getSimpleName() + " {" + request.toString().replace("\n", "; ") + "}";
	}

}
