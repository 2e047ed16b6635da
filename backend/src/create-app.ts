import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { INestApplication, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { json, NextFunction, Request, Response } from 'express';

import { AppModule } from './app.module';
import { AppConfig } from './core/config/app-config';
import { RequestContext } from './core/context/request-context';
import { ErrorFilter } from './core/http/error.filter';
import { createValidationPipe } from './core/http/validation';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Builds the configured HTTP application; `main.ts` listens, tests use it on a random port. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1),
    // Our own JSON parser (below), so malformed bodies get the API's error shape.
    bodyParser: false,
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(securityHeaders(config));
  app.use(json({ limit: '1mb' }));
  app.use(bodyParserErrors);
  app.use(cookieParser());
  app.use((req: Request, res: Response, next: NextFunction) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : undefined;
    RequestContext.run(() => {
      res.setHeader('X-Request-Id', RequestContext.requestId()!);
      next();
    }, requestId);
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Mentormarkedet API')
      .setDescription('The mentor marketplace: suppliers, tenders, matching, courses, reports and effect. Errors are `{ statusCode, error, message }`; lists are `{ items, total, page, pageSize }`.')
      .setVersion(config.version)
      .addBearerAuth()
      .addCookieAuth('mm_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });

  if (config.serveWebApp) serveWebApp(app);
  return app;
}

/**
 * Browser protections for a tool that shows health and crime data: scripts only from our own
 * origin (the web app and Swagger UI load theirs as files), no framing, no referrer to other
 * sites, and API answers never cached by the browser or a proxy. Inline styles stay allowed:
 * Angular injects component styles as <style> elements.
 */
function securityHeaders(config: AppConfig) {
  const https = config.publicUrl.startsWith('https:');
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path.startsWith('/api/') && !req.path.startsWith('/api/docs')) res.setHeader('Cache-Control', 'no-store');
    headers(req, res, next);
  };
}

/** Malformed or oversized JSON answers in the error shape instead of a parser's message. */
function bodyParserErrors(err: { type?: string } | undefined, _req: Request, res: Response, next: NextFunction) {
  if (err?.type === 'entity.parse.failed') return res.status(400).json({ statusCode: 400, error: 'Bad Request', message: 'The request body is not valid JSON.' });
  if (err?.type === 'entity.too.large') return res.status(413).json({ statusCode: 413, error: 'Payload Too Large', message: 'The request body is too large (at most 1 MB).' });
  next(err);
}

/** The built Angular app on the same port; any non-API GET that accepts HTML gets index.html. */
function serveWebApp(app: NestExpressApplication) {
  const candidates = [join(__dirname, '../../../frontend/browser'), join(__dirname, '../../dist/frontend/browser'), join(process.cwd(), 'dist/frontend/browser')];
  const dir = candidates.find((d) => existsSync(join(d, 'index.html')));
  if (!dir) {
    new Logger('WebApp').warn('The web app is not built (run `npm run build`); serving the API only.');
    return;
  }
  app.useStaticAssets(dir, { index: false, maxAge: '1h', setHeaders: (res, path) => path.endsWith('.html') && res.setHeader('Cache-Control', 'no-cache') });
  const index = join(dir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
