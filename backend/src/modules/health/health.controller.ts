import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { DataSource } from 'typeorm';

import { HealthResponse } from '@mentor/contracts';

import { Public } from '../../core/auth/roles.decorator';
import { AppConfig } from '../../core/config/app-config';
import { QueueService } from '../../core/queue/queue.service';

/** 200 when the database and the queue answer, 503 otherwise; the body says which. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Drivers in use and whether each is reachable' })
  @ApiOkResponse({ description: 'Everything reachable' })
  @ApiServiceUnavailableResponse({ description: 'The database or the queue does not answer' })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const [database, queue] = await Promise.all([this.databaseReachable(), this.queue.isReachable().catch(() => false)]);
    const status = database && queue ? 'ok' : 'degraded';
    if (status !== 'ok') res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status,
      version: this.config.version,
      uptimeSeconds: Math.round(process.uptime()),
      database: { driver: this.config.databaseDriver, reachable: database },
      queue: { driver: this.config.queueDriver, reachable: queue },
      mail: { driver: this.config.mailDriver },
      demo: this.config.seedDemoData && !this.config.isProduction,
    };
  }

  private async databaseReachable(): Promise<boolean> {
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000).unref())]);
      return true;
    } catch {
      return false;
    }
  }
}
