import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configOrExit } from './boot';

async function bootstrap(): Promise<void> {
  const config = configOrExit();
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // The client address feeds per-client throttles (tip PINs): behind a proxy, say which hops to trust.
  if (config.trustProxy !== null) app.getHttpAdapter().getInstance().set('trust proxy', config.trustProxy);
  app.enableShutdownHooks();
  await app.listen(config.port);
  app.get(Logger).log(`Renkei API listening on http://localhost:${config.port}/graphql`);
}

void bootstrap();
