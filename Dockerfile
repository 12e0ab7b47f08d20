# Aspirasi: API + workers in one image; ROLE=api|worker|all picks what a container runs.
FROM node:20-bookworm-slim
WORKDIR /app
ENV DOTENV_CONFIG_QUIET=true
COPY package.json package-lock.json ./
# Dev dependencies too: Vite builds the inbox inside the image.
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
RUN node scripts/build-web.mjs
ENV NODE_ENV=production
EXPOSE 3000
CMD ["npx", "tsx", "src/main.ts"]
