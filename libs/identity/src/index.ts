export { IdentityModule, IdentityJobsModule } from './identity.module';
export { AuthService } from './auth.service';
export { DirectoryService } from './directory.service';
export { PasswordService } from './password.service';
export { USER, AGENCY, REVOKE_SESSIONS } from './identity.fields';
export { IdentityError, IdentityErrorCode } from './identity.errors';
export { DemoDirectorySeeder } from './demo/demo-directory.seeder';
export { DEMO_PASSWORD, DEMO_USERS, DEMO_AGENCIES } from './demo/demo-directory';
export { IdentityQueue, IdentityJob } from './jobs/identity-queues';
