package io.aerocast.data;

/** Unit conversions to AeroCast's normal units: degC, m/s, hPa. */
public final class Units {

  /** Metres per second in one statute mile per hour. */
  public static final double MPS_PER_MPH = 0.44704;
  /** Hectopascals in one inch of mercury. */
  public static final double HPA_PER_INHG = 33.8639;

  private Units() {
  }

  public static double fahrenheitToCelsius(double f) {
    return (f - 32.0) * 5.0 / 9.0;
  }

  public static double mphToMps(double mph) {
    return mph * MPS_PER_MPH;
  }

  public static double inHgToHpa(double inHg) {
    return inHg * HPA_PER_INHG;
  }
}
