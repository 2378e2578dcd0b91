import {
  ADOPTER_SEGMENTS,
  adoptionAt,
  sampleCurve,
  timeOfAdoption,
} from './sCurve';

describe('S-curve geometry', () => {
  it('runs from no adoption to full adoption', () => {
    expect(adoptionAt(0)).toBeCloseTo(0, 10);
    expect(adoptionAt(1)).toBeCloseTo(1, 10);
    expect(adoptionAt(0.5)).toBeCloseTo(0.5, 10);
  });

  it('inverts: the time of an adoption share lands back on that share', () => {
    for (const adoption of [0, 0.025, 0.16, 0.3, 0.5, 0.84, 0.99, 1]) {
      expect(adoptionAt(timeOfAdoption(adoption))).toBeCloseTo(adoption, 6);
    }
  });

  it('clamps shares outside 0..1', () => {
    expect(timeOfAdoption(-1)).toBe(0);
    expect(timeOfAdoption(2)).toBe(1);
  });

  it("has Rogers' segments covering the whole curve", () => {
    const shares = ADOPTER_SEGMENTS.map(segment => segment.share);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 10);
    ADOPTER_SEGMENTS.forEach(segment => {
      expect(segment.to - segment.from).toBeCloseTo(segment.share, 10);
    });
    expect(ADOPTER_SEGMENTS[0].from).toBe(0);
    expect(ADOPTER_SEGMENTS.slice(1).map(segment => segment.from)).toEqual(
      ADOPTER_SEGMENTS.slice(0, -1).map(segment => segment.to),
    );
    expect(ADOPTER_SEGMENTS[ADOPTER_SEGMENTS.length - 1].to).toBe(1);
  });

  it('samples a rising curve', () => {
    const points = sampleCurve(10);
    expect(points).toHaveLength(11);
    points.slice(1).forEach(([, adoption], index) => {
      expect(adoption).toBeGreaterThan(points[index][1]);
    });
  });
});
