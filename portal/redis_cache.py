"""Django's Redis cache backend, keeping one redis client per connection pool (issue 14).

Django's ``RedisCacheClient.get_client`` makes a new ``redis.Redis`` for every cache call, and each one fills its
table of some 170 response callbacks: about 0.15 ms a call, paid for every page, rendition and setting looked up.
A ``redis.Redis`` is safe to share (it takes a connection from its pool for each command), so one is kept per pool.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class SharedClientRedisCacheClient(RedisCacheClient):
    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_shared_clients", {})
        if id(pool) not in clients:
            clients[id(pool)] = self._client(connection_pool=pool)
        return clients[id(pool)]


class PortalRedisCache(RedisCache):
    """Set as ``BACKEND`` in place of ``django.core.cache.backends.redis.RedisCache``; everything else is Django's."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
