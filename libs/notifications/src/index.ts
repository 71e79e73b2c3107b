export { NotificationsModule, NotificationsJobsModule } from './notifications.module';
