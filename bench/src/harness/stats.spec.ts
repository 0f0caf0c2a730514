import { quantile, spreadOf } from './stats';

describe('quantile', () => {
  it('interpolates between neighbours', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20, 30], 0.25)).toBe(15);
    expect(quantile([7], 0.99)).toBe(7);
  });

  it('is NaN for no values', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('spreadOf', () => {
  it('gives median, min, max and quartiles, ignoring order and non-finite values', () => {
    const spread = spreadOf([5, 1, Number.NaN, 3, 2, 4, Number.POSITIVE_INFINITY]);
    expect(spread).toEqual({ median: 3, min: 1, max: 5, q1: 2, q3: 4, count: 5 });
  });

  it('uses min and max as quartiles below four values', () => {
    expect(spreadOf([0.9, 1.1, 1.0])).toMatchObject({ median: 1.0, q1: 0.9, q3: 1.1, count: 3 });
  });
});
