import express from 'express';
import { createRosterRouter } from '@roster/express';
import { describeDialectLimits } from './dialect-limits.suite';
import { describeRosterRouter } from './roster-router.suite';

// Every `express` in this file's module registry, the adapter's included, is Express 4.
jest.mock('express', () => jest.requireActual('express4'));

it('runs on Express 4 (the adapter builds an Express 4 router)', () => {
  const express4 = jest.requireActual<typeof express>('express4');
  expect(express).toBe(express4);
  const router = createRosterRouter({ dialects: [] });
  expect(Object.getPrototypeOf(router)).toBe(Object.getPrototypeOf(express4.Router()));
});

describeRosterRouter('Express 4');
describeDialectLimits('Express 4');
