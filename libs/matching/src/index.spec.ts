import { MATCHING_ENGINE_VERSION } from './index';

describe('matching engine', () => {
  it('reports its version so rankings can be traced to the engine that made them', () => {
    expect(MATCHING_ENGINE_VERSION).toMatch(/^\d+$/);
  });
});
