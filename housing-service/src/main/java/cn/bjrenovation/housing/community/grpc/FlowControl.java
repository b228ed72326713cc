package cn.bjrenovation.housing.community.grpc;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;

/**
 * Sends a server stream's messages only when the client can take them (gRPC's onReady), waiting otherwise;
 * gives up when the client cancels.
 */
final class FlowControl {

	private final ServerCallStreamObserver<?> call;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition ready = lock.newCondition();

	FlowControl(ServerCallStreamObserver<?> call) {
		this.call = call;
		call.setOnReadyHandler(this::signal);
		call.setOnCancelHandler(this::signal);
	}

	@SuppressWarnings("unchecked")
	<T> void send(T message) {
		lock.lock();
		try {
			while (!call.isReady() && !call.isCancelled()) {
				ready.awaitUninterruptibly();
			}
		}
		finally {
			lock.unlock();
		}
		if (call.isCancelled()) {
			throw Status.CANCELLED.withDescription("client cancelled the stream").asRuntimeException();
		}
		((ServerCallStreamObserver<T>) call).onNext(message);
	}

	private void signal() {
		lock.lock();
		try {
			ready.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

}
