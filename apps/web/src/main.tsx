import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Toaster } from 'sonner';
import { createQueryClient } from './query-client';
import { createConsoleRouter } from './console/console-router';
import { isPlatformHost } from './console/platform-session';
import { createAppRouter } from './router';
import './index.css';

const queryClient: QueryClient = createQueryClient();
// One build, two apps: the platform host gets the console, every tenant host the tenant app.
const router = isPlatformHost() ? createConsoleRouter(queryClient) : createAppRouter(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster position="bottom-right" closeButton />
    </QueryClientProvider>
  </StrictMode>,
);
