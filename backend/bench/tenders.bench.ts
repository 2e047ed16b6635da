import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { AppConfig } from '../src/core/config/app-config';
import { MailMessageEntity } from '../src/core/mail/entities/mail-message.entity';
import { Actor, RequestContext } from '../src/core/context/request-context';
import { createApp } from '../src/create-app';
import { MentorEntity } from '../src/modules/suppliers/entities/mentor.entity';
import { SupplierEntity } from '../src/modules/suppliers/entities/supplier.entity';
import { BidsService } from '../src/modules/tenders/bids.service';
import { AwardCriterionEntity } from '../src/modules/tenders/entities/award-criterion.entity';
import { BidScoreEntity } from '../src/modules/tenders/entities/bid-score.entity';
import { BidEntity } from '../src/modules/tenders/entities/bid.entity';
import { EvaluationService } from '../src/modules/tenders/evaluation.service';
import { TenderClock } from '../src/modules/tenders/tender-clock';
import { TenderLifecycleService } from '../src/modules/tenders/tender-lifecycle.service';
import { TendersService } from '../src/modules/tenders/tenders.service';
import { UserEntity } from '../src/modules/users/entities/user.entity';

/**
 * Evaluation and award of a tender with 200 sealed bids over 4 lots (50 suppliers × 4 lots).
 * Bids go through the service layer (sealed like real ones), the deadline passes, the bids are
 * opened, every answer is scored; then GET /api/tenders/:id/evaluation and POST …/award are timed
 * over HTTP. Embedded PGlite in memory by default; with DATABASE_URL a throwaway database is
 * created on that server and dropped afterwards. Prints one JSON line.
 */
const SUPPLIERS = 50;
const LOTS = 4;
const EVALUATION_RUNS = 20;
const DAY = 86_400_000;

async function main() {
  const env = AppConfig.fromEnv();
  let dropDatabase = async (): Promise<void> => undefined;
  const overrides: Record<string, string> = { DATA_DIR: 'memory://', LOG_LEVEL: 'error', SERVE_WEB_APP: 'false', SEED_DEMO_DATA: 'true', PORT: '0', LOGIN_RATE_LIMIT: '1000' };
  if (env.databaseUrl) {
    const name = `mm_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = new Client({ connectionString: env.databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(env.databaseUrl);
    url.pathname = `/${name}`;
    overrides['DATABASE_URL'] = url.toString();
    dropDatabase = async () => {
      const c = new Client({ connectionString: env.databaseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const config = AppConfig.fromEnv(undefined, overrides);
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const ds = app.get(DataSource);
  const clock = app.get(TenderClock);
  try {
    const officerUser = await ds.getRepository(UserEntity).findOneByOrFail({ email: 'indkob@hvidovre.demo' });
    const officer: Actor = { userId: officerUser.id, email: officerUser.email, name: officerUser.name, role: 'procurement_officer', municipalityCode: '0167', supplierId: null, mentorId: null, sessionId: 'bench' };
    const now = new Date();
    const day = (d: number) => new Date(now.getTime() + d * DAY);
    const tender = await RequestContext.runAs(officer, () =>
      app.get(TendersService).create({
        title: 'Benchmark: 200 bud over 4 delaftaler',
        description: 'Benchmark',
        lots: Array.from({ length: LOTS }, (_, i) => ({ title: `Delaftale ${i + 1}`, targetGroups: ['activity_ready_cash'], requiredCompetences: ['psychiatric'], estimatedHoursPerYear: 2000, maxSuppliers: 5, hourCeiling: 2500 })),
        criteria: [
          { name: 'Kvalitet', weight: 30 },
          { name: 'Samarbejde', weight: 20 },
          { name: 'Implementering', weight: 10 },
        ],
        priceWeight: 40,
        priceModel: 'linear',
        linearSlope: 1,
        allocationModel: 'cascade',
        estimatedValue: 9_000_000,
        questionDeadline: day(10).toISOString(),
        bidDeadline: day(20).toISOString(),
        standstillDays: 10,
        agreementStart: day(45).toISOString().slice(0, 10),
        agreementEnd: day(45 + 730).toISOString().slice(0, 10),
      }),
    );
    await RequestContext.runAs(officer, () => app.get(TendersService).publish(tender.id));

    const bidsService = app.get(BidsService);
    const suppliers = await ds.getRepository(SupplierEntity).save(Array.from({ length: SUPPLIERS }, (_, i) => ds.getRepository(SupplierEntity).create({ cvr: String(90000000 + i), name: `Benchmark Mentor ${i + 1} ApS` })));
    // Each bidder has an admin, so the award mails a standstill letter to every one of them.
    await ds.getRepository(UserEntity).save(suppliers.map((s, i) => ds.getRepository(UserEntity).create({ email: `admin${i}@bench.demo`, name: `Admin ${i + 1}`, role: 'supplier_admin', supplierId: s.id, municipalityCode: null, mentorId: null, passwordHash: null, active: true })));
    const mentors = await ds.getRepository(MentorEntity).save(suppliers.map((s, i) => ds.getRepository(MentorEntity).create({ supplierId: s.id, name: `Mentor ${i + 1}`, email: `mentor${i}@bench.demo`, active: true })));
    let started = process.hrtime.bigint();
    for (const [i, s] of suppliers.entries()) {
      const actor: Actor = { userId: randomUUID(), email: `bench${i}@bench.demo`, name: s.name, role: 'supplier_admin', municipalityCode: null, supplierId: s.id, mentorId: null, sessionId: 'bench' };
      for (const [li, lot] of tender.lots.entries()) {
        await RequestContext.runAs(actor, () =>
          bidsService.submit(tender.id, { lotId: lot.id, hourlyRate: 400 + ((i * 7 + li * 11) % 150), answers: tender.criteria.map((c) => ({ criterion: c.name, text: `Svar ${i}/${li}: ${c.name}` })), mentorIds: [mentors[i].id] }),
        );
      }
    }
    const submitMs = Number(process.hrtime.bigint() - started) / 1e6;

    // The deadline passes: the close job's work, timed (unwraps the key, opens and verifies 200 bids).
    clock.now = () => new Date(Date.parse(tender.bidDeadline) + 1000);
    started = process.hrtime.bigint();
    await RequestContext.runAsSystem(() => app.get(TenderLifecycleService).closeIfDue(tender.id));
    const openMs = Number(process.hrtime.bigint() - started) / 1e6;

    const bids = await ds.getRepository(BidEntity).find({ where: { tenderId: tender.id } });
    const criteria = await ds.getRepository(AwardCriterionEntity).find({ where: { tenderId: tender.id } });
    await ds.getRepository(BidScoreEntity).save(
      bids.flatMap((b, bi) => criteria.map((c, ci) => ds.getRepository(BidScoreEntity).create({ tenderId: tender.id, bidId: b.id, criterionId: c.id, municipalityCode: '0167', score: (bi * 3 + ci * 5) % 11, justification: `Begrundelse ${bi}-${ci}`, scoredByUserId: officer.userId, scoredAt: clock.now() }))),
    );
    await RequestContext.runAs(officer, () => app.get(EvaluationService).complete(tender.id));

    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'indkob@hvidovre.demo', password: 'mentor-demo-2026' }) });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const headers = { Authorization: `Bearer ${accessToken}` };
    const ms: number[] = [];
    for (let i = 0; i < EVALUATION_RUNS + 2; i++) {
      const t0 = process.hrtime.bigint();
      const res = await fetch(`${base}/api/tenders/${tender.id}/evaluation`, { headers });
      const body = (await res.json()) as { lots: { ranking: unknown[] }[] };
      if (res.status !== 200 || body.lots.reduce((s, l) => s + l.ranking.length, 0) !== SUPPLIERS * LOTS) throw new Error(`evaluation: ${res.status}`);
      if (i >= 2) ms.push(Number(process.hrtime.bigint() - t0) / 1e6); // two warm-up runs
    }
    ms.sort((a, b) => a - b);
    const t1 = process.hrtime.bigint();
    const award = await fetch(`${base}/api/tenders/${tender.id}/award`, { method: 'POST', headers });
    const awardMs = Number(process.hrtime.bigint() - t1) / 1e6;
    const awarded = (await award.json()) as { agreements: unknown[] };
    if (award.status !== 200) throw new Error(`award: ${award.status} ${JSON.stringify(awarded)}`);
    const r = (n: number) => Math.round(n * 10) / 10;
    console.log(
      JSON.stringify({
        bench: 'tenders',
        database: config.databaseDriver,
        bids: bids.length,
        lots: LOTS,
        submit_avg_ms: r(submitMs / bids.length),
        open_bids_ms: r(openMs),
        evaluation_p50_ms: r(ms[Math.floor(ms.length / 2)]),
        evaluation_max_ms: r(ms[ms.length - 1]),
        award_ms: r(awardMs),
        agreements: awarded.agreements.length,
        standstill_letters: await ds.getRepository(MailMessageEntity).count({ where: { template: 'tender-standstill-letter' } }),
      }),
    );
  } finally {
    await app.close();
    await dropDatabase();
  }
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
