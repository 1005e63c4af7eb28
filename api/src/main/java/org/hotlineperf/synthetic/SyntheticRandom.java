package org.hotlineperf.synthetic;

import java.util.List;

/**
 * The random source of the synthetic dataset: SplitMix64, written out here so that the sequence is fixed by
 * this code and not by a JDK's unspecified generator, with {@link StrictMath} for the few transcendental
 * functions. A stream is derived from the seed and a path of names (region code, fiscal year), so a region's
 * data is the same whichever regions are generated with it: the same seed gives the same values on any JVM.
 */
final class SyntheticRandom {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    private SyntheticRandom(long state) {
        this.state = state;
    }

    /** The stream for this seed and path, independent of every other path. */
    static SyntheticRandom derive(long seed, Object... path) {
        long state = mix(seed);
        for (Object part : path) {
            String text = String.valueOf(part);
            for (int i = 0; i < text.length(); i++) {
                state = mix(state ^ text.charAt(i));
            }
            state = mix(state ^ 0x2F);
        }
        return new SyntheticRandom(state);
    }

    private static long mix(long value) {
        long z = value + GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** Uniform in [low, high). */
    double between(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /** Uniform in [low, high]. */
    int intBetween(int low, int high) {
        return low + nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** Standard normal (Box-Muller). */
    double gaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** Log-normal with the given median and shape. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }
}
