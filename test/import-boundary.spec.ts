import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  ADAPTER_IMPORTS,
  ANY_ROSTER_IMPORT,
  FRAMEWORK_IMPORTS,
  checkSource,
  escapesRoot,
  forbiddenImports,
  listSourceFiles,
} from './import-boundary';

const packagesDir = join(__dirname, '..', 'packages');

/** Framework-free packages and what each must never import. */
const RULES = {
  core: [...FRAMEWORK_IMPORTS, ...ANY_ROSTER_IMPORT],
  memory: [...FRAMEWORK_IMPORTS, ...ADAPTER_IMPORTS],
  testing: [...FRAMEWORK_IMPORTS, ...ADAPTER_IMPORTS],
} as const;

/**
 * Test-only files of the core (left out of its build by tsconfig.build.json) may use the memory
 * store and the testing package, to run dialects in-process; never a framework or an adapter.
 */
const CORE_TEST_FILES = /\.(spec|fixture)\.ts$/;
const CORE_TEST_RULES = [...FRAMEWORK_IMPORTS, ...ADAPTER_IMPORTS];

function rulesFor(name: keyof typeof RULES, file: string): readonly RegExp[] {
  return name === 'core' && CORE_TEST_FILES.test(file) ? CORE_TEST_RULES : RULES[name];
}

describe('import boundary of the framework-free packages', () => {
  it.each(Object.keys(RULES) as (keyof typeof RULES)[])('packages/%s/src imports no framework, ORM or adapter', (name) => {
    const root = join(packagesDir, name, 'src');
    const files = existsSync(root) ? listSourceFiles(root) : [];
    const violations = files.flatMap((file) => checkSource(file, readFileSync(file, 'utf8'), root, rulesFor(name, file)));
    expect(violations).toEqual([]);
  });

  it("keeps the core's test-only files out of its build", () => {
    const build = JSON.parse(readFileSync(join(packagesDir, 'core', 'tsconfig.build.json'), 'utf8')) as { exclude: string[] };
    expect(build.exclude).toEqual(expect.arrayContaining(['src/**/*.spec.ts', 'src/**/*.fixture.ts']));
  });

  it('really reads the core (the scan is not vacuous)', () => {
    const files = listSourceFiles(join(packagesDir, 'core', 'src'));
    expect(files).toEqual(expect.arrayContaining([join(packagesDir, 'core', 'src', 'ports', 'index.ts')]));
    expect(files.some((file) => file.includes('node_modules'))).toBe(false);
  });
});

describe('the checker', () => {
  const core = RULES.core;

  it.each([
    ["import express from 'express';", 'express'],
    ["import { Router } from 'express/lib/router';", 'express/lib/router'],
    ["import type { Request } from 'express';", 'express'],
    ["import { Injectable } from '@nestjs/common';", '@nestjs/common'],
    ["export { Entity } from '@mikro-orm/core';", '@mikro-orm/core'],
    ["const orm = require('@mikro-orm/sqlite');", '@mikro-orm/sqlite'],
    ["const m = await import('@nestjs/core');", '@nestjs/core'],
    ["type R = import('express').Response;", 'express'],
    ["import { createRosterRouter } from '@roster/express';", '@roster/express'],
    ["import { InMemoryUserStore } from '@roster/memory';", '@roster/memory'],
    ["import {\n  Module,\n} from\n  '@nestjs/common';", '@nestjs/common'],
  ])('catches %j in the core', (source, specifier) => {
    expect(forbiddenImports(source, core)).toEqual([specifier]);
  });

  it('lets the core import its own files, node and its own dependencies', () => {
    const source = [
      "import { createHash } from 'node:crypto';",
      "import * as argon2 from 'argon2';",
      "import { RateLimiterMemory } from 'rate-limiter-flexible';",
      "import { express } from './express-like';",
      "import type { Nest } from '../nestjs-words';",
      "import expressive from 'expressive';",
    ].join('\n');
    expect(forbiddenImports(source, core)).toEqual([]);
  });

  it('is not fooled by comments or strings', () => {
    const source = [
      "// import express from 'express';",
      "/* import { Module } from '@nestjs/common'; */",
      'const hint = "import { Entity } from \'@mikro-orm/core\'";',
      "const tpl = `require('express')`;",
    ].join('\n');
    expect(forbiddenImports(source, core)).toEqual([]);
  });

  it('lets memory and testing use the core but no adapter', () => {
    const source = "import { RosterError } from '@roster/core';\nimport { createRoster } from '@roster/core/http';";
    expect(forbiddenImports(source, RULES.memory)).toEqual([]);
    expect(forbiddenImports("import { RosterModule } from '@roster/nestjs';", RULES.testing)).toEqual(['@roster/nestjs']);
  });

  it('flags a relative import that reaches into another package', () => {
    const root = join(packagesDir, 'core', 'src');
    const file = join(root, 'services', 'user.service.ts');
    expect(escapesRoot(file, '../../../express/src/router', root)).toBe(true);
    expect(escapesRoot(file, '../ports', root)).toBe(false);
    expect(escapesRoot(file, '@nestjs/common', root)).toBe(false);
    expect(checkSource(file, "import '../../../memory/src';", root, core)).toEqual([
      { file, specifier: '../../../memory/src', reason: 'relative import leaves the package' },
    ]);
  });
});
