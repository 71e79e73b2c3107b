import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { WebClientMiddleware } from './web-client.middleware';

/**
 * Serves the built web client (apps/web/dist, `npm run build:web`) at `/`, with the SPA
 * fallback to index.html for client routes. The API works the same without a build.
 */
@Module({ providers: [WebClientMiddleware] })
export class WebClientModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(WebClientMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.GET }, { path: '{*path}', method: RequestMethod.HEAD });
  }
}

