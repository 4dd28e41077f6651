package id.aduan.integration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP exchange with another system that reads the answer's body, bounded as a whole: Java's request timeout
 * covers only the wait for the status line and headers, so a peer sending its body slowly, or stalling in the middle
 * of it, would otherwise hold the caller (a job with its transaction, a fetcher's only thread) for ever. The exchange
 * is cancelled, its connection closed, when it takes longer than allowed or its body grows past the limit. (The
 * webhook sender reads no body: it closes it unread instead.)
 */
public final class BoundedExchange {

    private BoundedExchange() {}

    /**
     * Sends the request and reads the answer, all within {@code within}, the body no larger than {@code maxBody}
     * bytes.
     *
     * @throws HttpTimeoutException if the whole exchange took longer
     * @throws TooLarge if the body is larger
     * @throws IOException if it failed
     */
    public static Answer send(HttpClient http, HttpRequest request, Duration within, int maxBody)
            throws IOException, InterruptedException {
        var exchange = http.sendAsync(request, info -> new CappedBody(maxBody));
        try {
            var response = exchange.get(within.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), response.body());
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + within.toMillis() + " ms");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException failure) {
                throw failure;
            }
            throw new IOException(e.getCause());
        }
    }

    /**
     * @param status the HTTP status
     * @param body the answer's body, all of it
     */
    public record Answer(int status, byte[] body) {}

    /** The answer's body was larger than the limit; the exchange was cancelled. */
    public static final class TooLarge extends IOException {

        TooLarge(int max) {
            super("answered with more than " + max + " bytes");
        }
    }

    /** Collects a body up to its limit, and cancels the exchange when it goes beyond. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final int max;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(int max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (var buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge(max));
                    return;
                }
                var chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
