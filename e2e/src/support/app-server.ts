import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const MAIN = join(ROOT, 'dist/backend/backend/src/main.js');

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

/**
 * The built application on the embedded default, exactly as `npm start` runs it, with a fresh
 * data folder and its own port. Requires `npm run build` first.
 */
export class AppServer {
  private log = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    private readonly dataDir: string,
  ) {
    child.stdout?.on('data', (d: Buffer) => (this.log += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.log += d.toString()));
  }

  static async start(): Promise<AppServer> {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` before the browser tests.`);
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'mm-e2e-'));
    const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development' };
    const child = spawn(process.execPath, ['--enable-source-maps', MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const server = new AppServer(child, `http://127.0.0.1:${port}`, dataDir);
    await server.waitUntilHealthy(60_000);
    return server;
  }

  private async waitUntilHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`The app exited with ${this.child.exitCode}:\n${this.log}`);
      try {
        // No keep-alive: a pooled socket to the stopped server would keep the test process alive.
        const res = await fetch(`${this.url}/api/health`, { headers: { Connection: 'close' } });
        if (res.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`The app was not healthy within ${timeoutMs / 1000} s:\n${this.log}`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((r) => this.child.once('exit', r));
      this.child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
      clearTimeout(timer);
      if (this.child.exitCode === null) this.child.kill('SIGKILL');
    }
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
